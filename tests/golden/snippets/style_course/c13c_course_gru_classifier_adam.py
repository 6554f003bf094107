import torch
import torch.nn as nn

torch.manual_seed(11)
vocab, emb, hid, n_cls = 20, 6, 10, 2
tokens = torch.randint(0, vocab, (12, 7))
labels = (tokens[:, 0] > 9).long()


class GRUClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hid, batch_first=True)
        self.out = nn.Linear(hid, n_cls)

    def forward(self, t):
        _, h = self.gru(self.emb(t))
        return self.out(h.squeeze(0))


clf = GRUClassifier()
print(sum(p.numel() for p in clf.parameters()), "parameters")
opt = torch.optim.Adam(clf.parameters(), lr=0.01)
crit = nn.CrossEntropyLoss()
for ep in range(8):
    opt.zero_grad()
    logits = clf(tokens)
    loss = crit(logits, labels)
    loss.backward()
    opt.step()
    acc = (logits.argmax(1) == labels).sum().item() / len(labels)
    print(f"{ep}: loss={loss.item():.8f} acc={acc:.3f}")
