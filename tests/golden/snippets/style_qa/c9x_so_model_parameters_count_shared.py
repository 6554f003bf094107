# Q: why does my parameter count differ from what I computed? Shared (tied) weights are counted once.
import torch
from torch import nn

class TiedLM(nn.Module):
    def __init__(self, vocab=10, dim=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.proj = nn.Linear(dim, vocab, bias=False)
        self.proj.weight = self.emb.weight
    def forward(self, x):
        return self.proj(self.emb(x))

m = TiedLM()
print(sum(p.numel() for p in m.parameters()))
print(len(list(m.parameters())), len(m.state_dict()), list(m.state_dict()))
print(sum(p.numel() for p in m.state_dict().values()))
print(m.proj.weight is m.emb.weight)
print([n for n, _ in m.named_parameters()])
print([n for n, _ in m.named_parameters(remove_duplicate=False)])
out = m(torch.tensor([[1, 2, 3]]))
print(out.shape)
out.sum().backward()
print(m.emb.weight.grad.shape, m.proj.weight.grad is m.emb.weight.grad)
shared = nn.Linear(3, 3)
seq = nn.Sequential(shared, nn.ReLU(), shared)
print(sum(p.numel() for p in seq.parameters()), len(list(seq.modules())))
