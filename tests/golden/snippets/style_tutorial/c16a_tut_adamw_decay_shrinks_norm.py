# AdamW's decoupled weight decay: the weight norm with and without decay
import torch
from torch import nn

def train(weight_decay):
    torch.manual_seed(1622)
    layer = nn.Linear(4, 1)
    opt = torch.optim.AdamW(layer.parameters(), lr=0.05, weight_decay=weight_decay)
    x = torch.randn(16, 4)
    y = x[:, :1]
    for _ in range(10):
        opt.zero_grad()
        loss = nn.functional.mse_loss(layer(x), y)
        loss.backward()
        opt.step()
    return loss.item(), layer.weight.norm().item()

for wd in (0.0, 0.01, 0.5):
    print(wd, train(wd))
