"""A typical evaluation function with torch.no_grad()."""
import torch
import torch.nn as nn


@torch.no_grad()
def evaluate(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> dict:
    model.eval()
    logits = model(x)
    loss = nn.functional.cross_entropy(logits, y)
    acc = (logits.argmax(1) == y).float().mean()
    return {"loss": round(loss.item(), 4), "acc": acc.item(), "grad": logits.requires_grad}


torch.manual_seed(1)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(0.2), nn.Linear(8, 3))
print(evaluate(net, torch.randn(6, 4), torch.tensor([0, 1, 2, 0, 1, 2])))
print("still in eval mode:", not net.training)
