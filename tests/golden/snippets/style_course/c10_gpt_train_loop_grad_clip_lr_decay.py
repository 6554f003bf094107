# nanoGPT train.py style: cosine lr with warmup computed per iteration, grad clipping, AdamW betas, logging every few steps.
import math
import torch
import torch.nn as nn

torch.manual_seed(1337)
learning_rate, min_lr, warmup_iters, lr_decay_iters = 6e-3, 6e-4, 4, 20

def get_lr(it):
    if it < warmup_iters:
        return learning_rate * (it + 1) / (warmup_iters + 1)
    if it > lr_decay_iters:
        return min_lr
    decay_ratio = (it - warmup_iters) / (lr_decay_iters - warmup_iters)
    coeff = 0.5 * (1.0 + math.cos(math.pi * decay_ratio))
    return min_lr + coeff * (learning_rate - min_lr)

model = nn.Sequential(nn.Embedding(16, 8), nn.Flatten(), nn.Linear(32, 16))
optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate, betas=(0.9, 0.95), weight_decay=0.1)
data = torch.randint(0, 16, (200,))
for it in range(24):
    lr = get_lr(it)
    for param_group in optimizer.param_groups:
        param_group["lr"] = lr
    ix = torch.randint(len(data) - 5, (8,))
    X = torch.stack([data[i:i + 4] for i in ix])
    Y = data[ix + 4]
    loss = nn.functional.cross_entropy(model(X), Y)
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    if it % 6 == 0:
        print(f"iter {it}: loss {loss.item():.4f}, lr {lr:.6f}, norm {norm.item():.4f}")
print([round(get_lr(i), 6) for i in (0, 3, 4, 12, 20, 21)])
