import torch
from torch import nn

torch.manual_seed(59)
class TiedLM(nn.Module):
    def __init__(self, V, D):
        super().__init__()
        self.emb = nn.Embedding(V, D)
        self.rnn = nn.GRU(D, D, batch_first=True)
        self.out = nn.Linear(D, V)
        self.out.weight = self.emb.weight
    def forward(self, x):
        h, _ = self.rnn(self.emb(x))
        return self.out(h)
m = TiedLM(7, 4)
print(m.out.weight is m.emb.weight, len(list(m.parameters())))
print(sum(p.numel() for p in m.parameters()))
logits = m(torch.tensor([[1, 2, 3]]))
nn.functional.cross_entropy(logits.view(-1, 7), torch.tensor([2, 3, 4])).backward()
print(logits.shape, m.emb.weight.grad.shape)
print(list(m.state_dict().keys()))
