# Q: my loss goes down then explodes: I never call optimizer.zero_grad(), so gradients accumulate.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(32, 1)
y = 3 * x - 1
for use_zero_grad in (False, True):
    torch.manual_seed(1)
    model = nn.Linear(1, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    history = []
    for step in range(12):
        if use_zero_grad:
            opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        history.append(round(loss.item(), 3))
    print('zero_grad' if use_zero_grad else 'no zero_grad', history)
    print(model.weight.grad, model.bias.grad)
w = torch.tensor(1.0, requires_grad=True)
for _ in range(3):
    (w * 2).backward()
    print(w.grad)
