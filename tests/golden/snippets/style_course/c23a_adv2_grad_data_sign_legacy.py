# Old tutorials write x.grad.data.sign(); .data shares storage and drops the graph
import torch

x = torch.tensor([0.4, -0.2, 0.0], requires_grad=True)
loss = (x * torch.tensor([3.0, -1.0, 2.0])).sum()
loss.backward()
d = x.grad.data
print(d.sign(), torch.sign(x.grad))
print(d.requires_grad, d.data_ptr() == x.grad.data_ptr())
x_adv = x.data + 0.1 * d.sign()
print(x_adv, x_adv.requires_grad, x_adv.is_leaf)
x.data.clamp_(0, 1)
print(x)
