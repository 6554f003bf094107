# guided backprop: a backward hook on each ReLU clamps negative gradients to zero
import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Sequential(nn.Linear(5, 7), nn.ReLU(), nn.Linear(7, 7), nn.ReLU(), nn.Linear(7, 2))
def guide(module, grad_input, grad_output):
    return (grad_input[0].clamp(min=0.0),)
handles = [m.register_full_backward_hook(guide) for m in model if isinstance(m, nn.ReLU)]
x = torch.randn(1, 5, requires_grad=True)
model(x)[0, 0].backward()
guided = x.grad.clone()
for h in handles:
    h.remove()
x.grad = None
model(x)[0, 0].backward()
print("guided ", guided)
print("vanilla", x.grad)
