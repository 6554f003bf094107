# Lecture: module backward hooks - grad_input and grad_output of each layer.
import torch
import torch.nn as nn

torch.manual_seed(1)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))

def report(name):
    def hook(module, grad_input, grad_output):
        gi = [None if g is None else tuple(g.shape) for g in grad_input]
        go = [tuple(g.shape) for g in grad_output]
        print(f"{name:8s} {type(module).__name__:7s} grad_in {gi} grad_out {go}")
        print("   |grad_out| =", round(grad_output[0].norm().item(), 4))
    return hook

handles = [m.register_full_backward_hook(report(n)) for n, m in net.named_children()]
x = torch.randn(5, 3)
loss = net(x).pow(2).sum()
loss.backward()
print(net[0].weight.grad)
for h in handles:
    h.remove()
net.zero_grad()
net(x).pow(2).sum().backward()
print("after remove, no prints; bias grad:", net[2].bias.grad)
