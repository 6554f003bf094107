# Weight tying in a small language model: the output layer shares the embedding matrix.
import torch
import torch.nn as nn

class TinyLM(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.head = nn.Linear(dim, vocab, bias=False)
        self.head.weight = self.emb.weight

    def forward(self, idx):
        return self.head(self.emb(idx))

torch.manual_seed(0)
m = TinyLM(6, 3)
print(m.head.weight is m.emb.weight)
print(len(list(m.parameters())), sum(p.numel() for p in m.parameters()))
print(list(m.state_dict().keys()))
logits = m(torch.tensor([[1, 2, 3]]))
print(logits.shape)
loss = nn.functional.cross_entropy(logits.view(-1, 6), torch.tensor([2, 3, 4]))
loss.backward()
print(m.emb.weight.grad.shape, m.head.weight.grad is m.emb.weight.grad)
