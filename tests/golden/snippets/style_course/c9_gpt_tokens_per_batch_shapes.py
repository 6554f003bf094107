# nanoGPT get_batch: random offsets into encoded text, x/y shifted by one, and cross_entropy on (B*T, C) views.
import torch
import torch.nn.functional as F

text = "hello there, general kenobi. you are a bold one."
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
data = torch.tensor([stoi[c] for c in text], dtype=torch.long)
n = int(0.9 * len(data))
train_data, val_data = data[:n], data[n:]
print(len(chars), data.shape, train_data.shape, val_data.shape, data.dtype)
torch.manual_seed(1337)
block_size, batch_size = 8, 4

def get_batch(split):
    d = train_data if split == "train" else val_data
    ix = torch.randint(len(d) - block_size, (batch_size,))
    x = torch.stack([d[i:i + block_size] for i in ix])
    y = torch.stack([d[i + 1:i + block_size + 1] for i in ix])
    return x, y

xb, yb = get_batch("train")
print(xb)
print(yb)
for t in range(3):
    print(f"when input is {xb[0, :t + 1].tolist()} the target: {yb[0, t]}")
emb = torch.nn.Embedding(len(chars), len(chars))
logits = emb(xb)
B, T, C = logits.shape
loss = F.cross_entropy(logits.view(B * T, C), yb.view(B * T))
print(logits.shape, loss.shape, loss.item() > 0)
