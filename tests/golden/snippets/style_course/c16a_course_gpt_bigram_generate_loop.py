# A token-to-logits lookup model as nn.Module with a sampling method, nanoGPT-lecture style
import torch
import torch.nn as nn
import torch.nn.functional as F

class LookupLM(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.table = nn.Embedding(vocab, vocab)

    def forward(self, tokens, targets=None):
        logits = self.table(tokens)
        loss = None if targets is None else F.cross_entropy(logits.flatten(0, 1), targets.flatten())
        return logits, loss

    @torch.no_grad()
    def sample(self, tokens, steps):
        for _ in range(steps):
            last = self(tokens)[0][:, -1]
            nxt = torch.multinomial(last.softmax(dim=-1), 1)
            tokens = torch.cat([tokens, nxt], dim=1)
        return tokens

torch.manual_seed(1616)
lm = LookupLM(8)
xb, yb = torch.randint(0, 8, (2, 5)), torch.randint(0, 8, (2, 5))
logits, loss = lm(xb, yb)
print(logits.shape, loss.item(), lm(xb)[1])
print(lm.sample(torch.zeros((2, 1), dtype=torch.long), 6).tolist())
