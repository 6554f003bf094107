# Same weight_decay, different meaning: Adam adds L2 to the gradient, AdamW decays the weights
import torch
from torch import nn

def train(opt_cls):
    torch.manual_seed(6)
    model = nn.Linear(10, 1)
    opt = opt_cls(model.parameters(), lr=0.05, weight_decay=0.1)
    x, y = torch.randn(32, 10), torch.randn(32, 1)
    for _ in range(25):
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    return model.weight.norm().item(), nn.functional.mse_loss(model(x), y).item()

for cls in (torch.optim.Adam, torch.optim.AdamW):
    norm, loss = train(cls)
    print(f"{cls.__name__:6s} |w| = {norm:.4f}  loss = {loss:.4f}")
