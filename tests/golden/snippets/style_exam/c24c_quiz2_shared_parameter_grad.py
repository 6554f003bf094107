# Quiz B15: a layer used twice accumulates both contributions
import torch
import torch.nn as nn

lin = nn.Linear(1, 1, bias=False)
with torch.no_grad():
    lin.weight.fill_(2.0)
x = torch.tensor([[3.0]])
y = lin(lin(x))
y.backward()
print(y, lin.weight.grad)
print(y.grad_fn.name(), y.grad_fn.next_functions[0][0].name())
