# Q: I froze the first layer with requires_grad_(False) - why does the optimizer still work and what are the grads?
import torch
import torch.nn as nn

torch.manual_seed(5)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
net[0].requires_grad_(False)
for name, p in net.named_parameters():
    print(name, p.requires_grad)
opt = torch.optim.SGD(net.parameters(), lr=0.1)
before = net[0].weight.clone()
x, y = torch.randn(8, 3), torch.randn(8, 1)
loss = nn.functional.mse_loss(net(x), y)
loss.backward()
print(net[0].weight.grad, net[2].weight.grad)
opt.step()
print(torch.equal(before, net[0].weight), loss.item())
trainable = sum(p.numel() for p in net.parameters() if p.requires_grad)
print("trainable", trainable, "total", sum(p.numel() for p in net.parameters()))
opt2 = torch.optim.SGD(filter(lambda p: p.requires_grad, net.parameters()), lr=0.1)
print(len(opt2.param_groups[0]["params"]))
