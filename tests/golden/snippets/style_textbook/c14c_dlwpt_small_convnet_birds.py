# Book-style small convnet for 16x16 colour images with two classes: conv + tanh + pooling twice,
# flatten, two linear layers; parameter counts, class probabilities and one backward pass.
import torch
import torch.nn as nn
import torch.nn.functional as F


class TinyConv(nn.Module):
    def __init__(self, n_chans=8):
        super().__init__()
        self.n_chans = n_chans
        self.c1 = nn.Conv2d(3, n_chans, kernel_size=3, padding=1)
        self.c2 = nn.Conv2d(n_chans, n_chans // 2, kernel_size=3, padding=1)
        self.l1 = nn.Linear(4 * 4 * n_chans // 2, 16)
        self.l2 = nn.Linear(16, 2)

    def forward(self, x):
        h = F.max_pool2d(torch.tanh(self.c1(x)), 2)
        h = F.max_pool2d(torch.tanh(self.c2(h)), 2)
        h = h.view(-1, 4 * 4 * self.n_chans // 2)
        return self.l2(torch.tanh(self.l1(h)))


torch.manual_seed(1234)
net = TinyConv()
sizes = [p.numel() for p in net.parameters()]
print(sum(sizes), sizes)
batch = torch.rand(2, 3, 16, 16)
logits = net(batch)
print(logits, F.softmax(logits, dim=1))
loss = nn.CrossEntropyLoss()(logits, torch.tensor([0, 1]))
loss.backward()
print(loss.item(), net.c1.weight.grad.abs().sum().item(), net.l2.bias.grad)
