# Weight sharing without pruning: an encoder embedding and the output projection share one Parameter.
import torch
import torch.nn as nn

torch.manual_seed(3)

class TiedLM(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.proj = nn.Linear(dim, vocab, bias=False)
        self.proj.weight = self.emb.weight

    def forward(self, idx):
        return self.proj(torch.tanh(self.emb(idx)))

model = TiedLM(6, 4)
print(model.proj.weight is model.emb.weight)
print(sum(p.numel() for p in model.parameters()))
print([n for n, _ in model.named_parameters()])
print(list(model.state_dict().keys()))
idx = torch.tensor([0, 2, 5, 2])
target = torch.tensor([2, 5, 1, 0])
loss = nn.functional.cross_entropy(model(idx), target)
loss.backward()
print(round(loss.item(), 6))
print(model.emb.weight.grad)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
print(len(opt.param_groups[0]["params"]))
opt.step()
print(model.proj.weight[:2])
