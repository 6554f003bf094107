# The same tiny regression with four optimizers, final losses in a table
import torch
from torch import nn

results = {}
for name, make in [("SGD", lambda p: torch.optim.SGD(p, lr=0.05)),
                   ("SGD+mom", lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9)),
                   ("Adagrad", lambda p: torch.optim.Adagrad(p, lr=0.3)),
                   ("Adam", lambda p: torch.optim.Adam(p, lr=0.05))]:
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    x = torch.randn(50, 3)
    y = x @ torch.tensor([[1.0], [-1.0], [2.0]]) + 0.5
    opt = make(model.parameters())
    for _ in range(20):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    results[name] = loss.item()
for name, l in sorted(results.items(), key=lambda kv: kv[1]):
    print(f"{name:<8}|{l:10.5f}")
