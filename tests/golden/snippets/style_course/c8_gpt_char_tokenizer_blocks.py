# Character tokenizer, train/val split and the (context -> target) examples inside one block.
import torch

text = "first citizen: before we proceed any further, hear me speak.\nall: speak, speak.\n"
chars = sorted(list(set(text)))
vocab_size = len(chars)
print(''.join(chars))
print(vocab_size)
stoi = {ch: i for i, ch in enumerate(chars)}
itos = {i: ch for i, ch in enumerate(chars)}
encode = lambda s: [stoi[c] for c in s]
decode = lambda l: ''.join([itos[i] for i in l])
print(encode("hear me"))
print(decode(encode("hear me")))

data = torch.tensor(encode(text), dtype=torch.long)
print(data.shape, data.dtype)
print(data[:20])
n = int(0.9 * len(data))
train_data = data[:n]
val_data = data[n:]
block_size = 8
x = train_data[:block_size]
y = train_data[1:block_size + 1]
for t in range(block_size):
    context = x[:t + 1]
    target = y[t]
    print(f"when input is {context} the target: {target}")

torch.manual_seed(1337)
batch_size = 4
ix = torch.randint(len(train_data) - block_size, (batch_size,))
xb = torch.stack([train_data[i:i + block_size] for i in ix])
yb = torch.stack([train_data[i + 1:i + block_size + 1] for i in ix])
print('inputs:', xb.shape)
print(xb)
print('targets:')
print(yb)
