"""Training with a config dataclass (a clean pattern for experiments)."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class Config:
    lr: float = 0.05
    epochs: int = 30
    hidden: int = 16
    seed: int = 0


def run(cfg: Config) -> float:
    torch.manual_seed(cfg.seed)
    x = torch.linspace(-2, 2, 32).unsqueeze(1)
    y = x ** 2
    net = nn.Sequential(nn.Linear(1, cfg.hidden), nn.ReLU(), nn.Linear(cfg.hidden, 1))
    opt = torch.optim.SGD(net.parameters(), lr=cfg.lr, momentum=0.9)
    for _ in range(cfg.epochs):
        opt.zero_grad()
        loss = nn.functional.mse_loss(net(x), y)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    cfg = Config()
    print(cfg)
    print(f"final loss: {run(cfg):.5f}")
