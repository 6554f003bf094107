# A character RNN in the makemore style: a start vector, a cell applied step by step, loss over the sequence.
import torch
import torch.nn as nn
import torch.nn.functional as F

class RNNCell(nn.Module):
    def __init__(self, n_embd, n_embd2):
        super().__init__()
        self.xh_to_h = nn.Linear(n_embd + n_embd2, n_embd2)

    def forward(self, xt, hprev):
        xh = torch.cat([xt, hprev], dim=1)
        return F.tanh(self.xh_to_h(xh))

class RNN(nn.Module):
    def __init__(self, vocab_size, n_embd, n_embd2):
        super().__init__()
        self.start = nn.Parameter(torch.zeros(1, n_embd2))
        self.wte = nn.Embedding(vocab_size, n_embd)
        self.cell = RNNCell(n_embd, n_embd2)
        self.lm_head = nn.Linear(n_embd2, vocab_size)

    def forward(self, idx, targets=None):
        b, t = idx.size()
        emb = self.wte(idx)
        hprev = self.start.expand((b, -1))
        hiddens = []
        for i in range(t):
            hprev = self.cell(emb[:, i, :], hprev)
            hiddens.append(hprev)
        hidden = torch.stack(hiddens, 1)
        logits = self.lm_head(hidden)
        loss = None
        if targets is not None:
            loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1), ignore_index=-1)
        return logits, loss

torch.manual_seed(3407)
model = RNN(10, 8, 16)
print(sum(p.numel() for p in model.parameters()))
for n, p in model.named_parameters():
    print(n, tuple(p.shape))
idx = torch.randint(1, 10, (4, 6))
targets = torch.cat([idx[:, 1:], torch.full((4, 1), -1)], 1)
print(targets)
opt = torch.optim.AdamW(model.parameters(), lr=5e-3, weight_decay=0.01, betas=(0.9, 0.99), eps=1e-8)
for step in range(5):
    logits, loss = model(idx, targets)
    model.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(logits.shape, model.start.grad.shape)
