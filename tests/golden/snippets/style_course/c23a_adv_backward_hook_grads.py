# register_full_backward_hook: look at the gradient flowing out of a ReLU
import torch
import torch.nn as nn

relu = nn.ReLU()
seen = []
def bhook(module, grad_input, grad_output):
    seen.append((grad_input[0].clone(), grad_output[0].clone()))
h = relu.register_full_backward_hook(bhook)
x = torch.tensor([-1.0, 0.5, 2.0, -0.3], requires_grad=True)
y = relu(x)
(y * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
gin, gout = seen[0]
print("grad_output:", gout)
print("grad_input:", gin)
print(x.grad)
h.remove()
