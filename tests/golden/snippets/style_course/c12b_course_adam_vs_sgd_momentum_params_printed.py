# course: Adam, AdamW, RMSprop and SGD+Nesterov on the same tiny regression, final parameters printed.
import torch
import torch.nn as nn

X = torch.linspace(-1, 1, 10).unsqueeze(1)
y = 2 * X - 0.5
for name, make in [('sgd_nesterov', lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True)),
                   ('adam', lambda p: torch.optim.Adam(p, lr=0.05)),
                   ('adamw', lambda p: torch.optim.AdamW(p, lr=0.05, weight_decay=0.1)),
                   ('rmsprop', lambda p: torch.optim.RMSprop(p, lr=0.01)),
                   ('adagrad', lambda p: torch.optim.Adagrad(p, lr=0.1))]:
    torch.manual_seed(0)
    model = nn.Linear(1, 1)
    opt = make(model.parameters())
    for _ in range(5):
        loss = ((model(X) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(name, loss.item(), model.weight.item(), model.bias.item())
