# estimate_loss with @torch.no_grad(), model.eval()/train() toggling, and losses kept in a tensor.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1337)
vocab_size, block_size, batch_size, eval_iters = 10, 6, 4, 5
data = torch.randint(0, vocab_size, (200,))
n = int(0.9 * len(data))
train_data, val_data = data[:n], data[n:]

def get_batch(split):
    d = train_data if split == 'train' else val_data
    ix = torch.randint(len(d) - block_size, (batch_size,))
    x = torch.stack([d[i:i + block_size] for i in ix])
    y = torch.stack([d[i + 1:i + block_size + 1] for i in ix])
    return x, y

model = nn.Sequential(nn.Embedding(vocab_size, 16), nn.Dropout(0.2), nn.Linear(16, vocab_size))

@torch.no_grad()
def estimate_loss():
    out = {}
    model.eval()
    for split in ['train', 'val']:
        losses = torch.zeros(eval_iters)
        for k in range(eval_iters):
            X, Y = get_batch(split)
            logits = model(X)
            B, T, C = logits.shape
            losses[k] = F.cross_entropy(logits.view(B * T, C), Y.view(B * T))
        out[split] = losses.mean()
    model.train()
    return out

optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
for it in range(21):
    if it % 10 == 0:
        losses = estimate_loss()
        print(f"step {it}: train loss {losses['train']:.4f}, val loss {losses['val']:.4f}")
    xb, yb = get_batch('train')
    logits = model(xb)
    loss = F.cross_entropy(logits.view(-1, vocab_size), yb.view(-1))
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    optimizer.step()
print(model.training, losses['val'].requires_grad, type(losses['train']))
