# In place, leaky_relu saves its result (LeakyReluBackward1), which a negative slope cannot invert.
import torch
import torch.nn.functional as F
for slope in [0.1, 0.0, -0.5, 2.0]:
    w = torch.tensor([-2.0, -0.5, 0.0, 1.5], requires_grad=True)
    h = w * 1
    try:
        out = F.leaky_relu(h, slope, inplace=True)
        print(out, out.grad_fn.name(), out.grad_fn.next_functions[0][0].name())
        (out * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
        print(w.grad)
    except RuntimeError as e:
        print("RuntimeError:", e)
w = torch.tensor([-2.0, 3.0], requires_grad=True)
h = (w * 2)
h.leaky_relu_(0.2) if hasattr(h, "leaky_relu_") else F.leaky_relu_(h, 0.2)
print(h.grad_fn.name())
m = torch.nn.LeakyReLU(0.3, inplace=True)
print(m(w * 1).grad_fn.name(), torch.nn.LeakyReLU(0.3)(w).grad_fn.name())
print(F.leaky_relu_(w * 1, 0.2).grad_fn.name())
