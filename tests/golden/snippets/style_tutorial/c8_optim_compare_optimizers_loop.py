# Comparing optimizers on the same tiny regression: SGD, SGD+momentum, Adagrad, Adam, AdamW; final losses.
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.linspace(-1, 1, 20).unsqueeze(1)
y = 3 * X + 0.5
results = {}
for name, make in [("SGD", lambda p: torch.optim.SGD(p, lr=0.1)),
                   ("Momentum", lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9)),
                   ("Adagrad", lambda p: torch.optim.Adagrad(p, lr=0.5)),
                   ("Adam", lambda p: torch.optim.Adam(p, lr=0.1)),
                   ("AdamW", lambda p: torch.optim.AdamW(p, lr=0.1, weight_decay=0.1))]:
    torch.manual_seed(1)
    model = nn.Linear(1, 1)
    opt = make(model.parameters())
    for step in range(25):
        opt.zero_grad()
        loss = ((model(X) - y) ** 2).mean()
        loss.backward()
        opt.step()
    results[name] = round(loss.item(), 4)
    print(f"{name:9s} w={model.weight.item():.4f} b={model.bias.item():.4f}")
print(results)
print(min(results, key=results.get))
