# "Let's build GPT": a character vocabulary, encode/decode, train/val split and random batches.
import torch

text = "hello world, hello tensors. the world of autograd."
chars = sorted(list(set(text)))
vocab_size = len(chars)
print(''.join(chars))
print(vocab_size)
stoi = {ch: i for i, ch in enumerate(chars)}
itos = {i: ch for i, ch in enumerate(chars)}
encode = lambda s: [stoi[c] for c in s]
decode = lambda l: ''.join([itos[i] for i in l])
print(encode("hello"))
print(decode(encode("hello")))
data = torch.tensor(encode(text), dtype=torch.long)
print(data.shape, data.dtype)
print(data[:12])
n = int(0.9 * len(data))
train_data, val_data = data[:n], data[n:]
torch.manual_seed(1337)
block_size, batch_size = 8, 4

def get_batch(split):
    data = train_data if split == 'train' else val_data
    ix = torch.randint(len(data) - block_size, (batch_size,))
    x = torch.stack([data[i:i + block_size] for i in ix])
    y = torch.stack([data[i + 1:i + block_size + 1] for i in ix])
    return x, y

xb, yb = get_batch('train')
print('inputs:', xb.shape)
print(xb)
print('targets:', yb.shape)
print(yb)
for t in range(3):
    context = xb[0, :t + 1]
    target = yb[0, t]
    print(f"when input is {context.tolist()} the target: {target}")
