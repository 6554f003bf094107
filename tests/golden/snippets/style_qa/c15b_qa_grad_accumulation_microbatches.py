# Q: I split a batch of 8 into micro-batches of 2. Are the accumulated gradients the full-batch ones?
import torch
from torch import nn

torch.manual_seed(28)
net = nn.Linear(3, 1)
data, labels = torch.randn(8, 3), torch.randn(8, 1)
mse = nn.MSELoss()
mse(net(data), labels).backward()
reference = {n: p.grad.clone() for n, p in net.named_parameters()}
net.zero_grad(set_to_none=True)
micro = 4
for i in range(micro):
    part = slice(2 * i, 2 * i + 2)
    scaled = mse(net(data[part]), labels[part]) / micro
    scaled.backward()
for n, p in net.named_parameters():
    print(n, torch.allclose(p.grad, reference[n], atol=1e-6), p.grad.shape)
net.zero_grad()
for i in range(micro):
    mse(net(data[2 * i:2 * i + 2]), labels[2 * i:2 * i + 2]).backward()
print(net.bias.grad / reference['bias'])
