# Course notebook: tie the output projection to the embedding matrix and check that both share storage.
import torch
import torch.nn as nn

torch.manual_seed(13)

class TiedLM(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.proj = nn.Linear(dim, dim)
        self.out = nn.Linear(dim, vocab, bias=False)
        self.out.weight = self.embed.weight

    def forward(self, idx):
        return self.out(torch.tanh(self.proj(self.embed(idx))))

lm = TiedLM(10, 4)
print(lm.out.weight is lm.embed.weight)
print(lm.out.weight.data_ptr() == lm.embed.weight.data_ptr())
print(len(list(lm.parameters())), sum(p.numel() for p in lm.parameters()))
print(list(lm.state_dict().keys()))
idx = torch.tensor([[1, 2, 3], [4, 5, 6]])
logits = lm(idx)
print(logits.shape)
loss = nn.functional.cross_entropy(logits.view(-1, 10), torch.tensor([2, 3, 4, 5, 6, 7]))
loss.backward()
print(loss.item())
print(lm.embed.weight.grad[0])
print(lm.embed.weight.grad.abs().sum(1))
