# An nn.Embedding model that learns which token pairs belong together
import torch
from torch import nn

class PairNet(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.out = nn.Linear(2 * dim, 2)

    def forward(self, pairs):
        e = self.emb(pairs)
        return self.out(e.flatten(1))

torch.manual_seed(1608)
pairs = torch.tensor([[0, 1], [2, 3], [0, 3], [1, 2], [4, 5], [5, 0]])
labels = torch.tensor([1, 1, 0, 0, 1, 0])
net = PairNet(6, 3)
print(net)
opt = torch.optim.SGD(net.parameters(), lr=0.5)
for epoch in range(5):
    loss = nn.functional.cross_entropy(net(pairs), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
print(net.emb.weight.grad[4])
