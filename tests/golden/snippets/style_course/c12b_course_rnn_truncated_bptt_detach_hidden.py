# course: character RNN trained with truncated BPTT, hidden state detached between chunks, grad norm clipped.
import torch
import torch.nn as nn

torch.manual_seed(12)
text = 'abcabcabdabcabcabd' * 3
vocab = sorted(set(text))
idx = torch.tensor([vocab.index(c) for c in text])
V, H, chunk = len(vocab), 16, 6
emb = nn.Embedding(V, 8)
rnn = nn.GRU(8, H, batch_first=True)
head = nn.Linear(H, V)
params = list(emb.parameters()) + list(rnn.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=0.02)
lossf = nn.CrossEntropyLoss()
for epoch in range(3):
    h = None
    total = 0.0
    for s in range(0, len(idx) - chunk - 1, chunk):
        x = idx[s:s + chunk].unsqueeze(0)
        y = idx[s + 1:s + chunk + 1].unsqueeze(0)
        if h is not None:
            h = h.detach()
        out, h = rnn(emb(x), h)
        loss = lossf(head(out).view(-1, V), y.view(-1))
        opt.zero_grad()
        loss.backward()
        norm = nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        total += loss.item()
    print(f'epoch {epoch} loss {total:.4f} last norm {norm:.4f}')
print(h.shape, h.requires_grad, h.grad_fn is not None)
with torch.no_grad():
    out, _ = rnn(emb(idx[:6].unsqueeze(0)))
    print(''.join(vocab[i] for i in head(out).argmax(-1)[0].tolist()))
