# Quiz: what does a module's full backward hook receive?
import torch

layer = torch.nn.Linear(2, 1)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[0.5, -1.0]]))
    layer.bias.fill_(0.25)

def show(module, grad_input, grad_output):
    print(type(module).__name__, [tuple(g.shape) for g in grad_input], grad_output)

layer.register_full_backward_hook(show)
inp = torch.tensor([[1.0, 3.0], [2.0, 0.0]], requires_grad=True)
(layer(inp) * 3).sum().backward()
print(inp.grad)
