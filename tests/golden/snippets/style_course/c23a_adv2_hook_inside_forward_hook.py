# Capturing an activation and its gradient in one forward hook (the tensor hook is set inside it)
import torch
import torch.nn as nn

torch.manual_seed(24)
net = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(2 * 9, 2))
saved = {}
def capture(module, inputs, output):
    saved["act"] = output
    output.register_hook(lambda g: saved.update(grad=g))
handle = net[1].register_forward_hook(capture)
net(torch.rand(1, 1, 3, 3))[0, 1].backward()
act, grad = saved["act"], saved["grad"]
print(tuple(act.shape), tuple(grad.shape), act.grad_fn.name())
print(grad.requires_grad, ((act == 0) <= (grad == 0) | (act != 0)).all().item())
handle.remove()
print(len(net[1]._forward_hooks))
