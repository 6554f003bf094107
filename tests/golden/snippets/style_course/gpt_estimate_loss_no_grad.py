# "Let's build GPT": estimate_loss decorated with no_grad, switching eval/train, averaging eval_iters losses.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1337)
data = torch.randint(0, 12, (200,))
train_data, val_data = data[:180], data[180:]
block_size, batch_size, eval_iters = 4, 8, 5

def get_batch(split):
    d = train_data if split == 'train' else val_data
    ix = torch.randint(len(d) - block_size, (batch_size,))
    return torch.stack([d[i:i + block_size] for i in ix]), torch.stack([d[i + 1:i + block_size + 1] for i in ix])

model = nn.Sequential(nn.Embedding(12, 16), nn.Dropout(0.2), nn.Linear(16, 12))

@torch.no_grad()
def estimate_loss():
    out = {}
    model.eval()
    for split in ['train', 'val']:
        losses = torch.zeros(eval_iters)
        for k in range(eval_iters):
            X, Y = get_batch(split)
            logits = model(X)
            losses[k] = F.cross_entropy(logits.view(-1, 12), Y.view(-1))
        out[split] = losses.mean()
    model.train()
    return out

losses = estimate_loss()
print(losses)
print(f"step 0: train loss {losses['train']:.4f}, val loss {losses['val']:.4f}")
print(model.training, losses['train'].requires_grad)
print(sum(p.numel() for p in model.parameters()) / 1e6, 'M parameters')
