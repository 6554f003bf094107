# Q: I use the same Linear twice in forward - is its gradient the sum of both uses? and does it count twice in parameters()?
import torch
from torch import nn

torch.manual_seed(0)

class Twice(nn.Module):
    def __init__(self):
        super().__init__()
        self.shared = nn.Linear(2, 2)
        self.other = self.shared

    def forward(self, x):
        return self.other(torch.relu(self.shared(x)))

m = Twice()
print(m)
print(len(list(m.parameters())), [n for n, _ in m.named_parameters()])
print(list(m.state_dict().keys()))
print([n for n, _ in m.named_parameters(remove_duplicate=False)])
x = torch.tensor([[1.0, -1.0]])
m(x).sum().backward()
g_total = m.shared.weight.grad.clone()
print(g_total)
W, b = m.shared.weight.detach().requires_grad_(), m.shared.bias.detach()
h = torch.relu(x @ W.T + b)
(h @ W.detach().T + b).sum().backward()
first = W.grad.clone()
W.grad = None
(h.detach() @ W.T + b).sum().backward()
print(first + W.grad, torch.allclose(first + W.grad, g_total))
