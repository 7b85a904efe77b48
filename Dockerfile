# One image for web, worker, beat and migrate (see docker-compose.yml).
FROM node:20-bookworm-slim AS static
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN useradd --create-home --uid 1000 ctwatch
WORKDIR /app
COPY pyproject.toml README.md ./
COPY ctwatch ./ctwatch
RUN pip install --no-cache-dir .
COPY . .
COPY --from=static /build/node_modules/chart.js/dist ./node_modules/chart.js/dist
# Collect hashed, compressed static files at build time; these values exist only for this step.
RUN DEBUG=false SECRET_KEY=collectstatic-only CELERY_BROKER_URL= python manage.py collectstatic --noinput
USER ctwatch
EXPOSE 8000
CMD ["gunicorn", "ctwatch.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
