# nanoGPT: tying the token embedding and the output head, counting parameters once.
import torch
import torch.nn as nn

torch.manual_seed(0)
vocab, n_embd = 11, 6

class TinyLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.wte = nn.Embedding(vocab, n_embd)
        self.ln = nn.LayerNorm(n_embd)
        self.lm_head = nn.Linear(n_embd, vocab, bias=False)
        self.wte.weight = self.lm_head.weight

    def forward(self, idx):
        return self.lm_head(self.ln(self.wte(idx)))

m = TinyLM()
print(m.wte.weight is m.lm_head.weight, m.wte.weight.data_ptr() == m.lm_head.weight.data_ptr())
print(sum(p.numel() for p in m.parameters()), len(list(m.parameters())))
print(list(m.state_dict().keys()))
print([n for n, _ in m.named_parameters()])
idx = torch.tensor([[1, 2, 3], [4, 5, 6]])
logits = m(idx)
print(logits.shape)
loss = nn.functional.cross_entropy(logits.view(-1, vocab), torch.tensor([2, 3, 4, 5, 6, 7]))
loss.backward()
print(f"{loss.item():.6f}")
print(m.wte.weight.grad.abs().sum(1))
opt = torch.optim.SGD(m.parameters(), lr=0.5)
opt.step()
print(torch.equal(m.wte.weight, m.lm_head.weight), m.lm_head.weight[0])
