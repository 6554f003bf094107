import torch

text = "hello world"
chars = sorted(set(text))
stoi = {ch: i for i, ch in enumerate(chars)}
itos = {i: ch for ch, i in stoi.items()}
print(chars, len(chars))
data = torch.tensor([stoi[c] for c in text], dtype=torch.long)
print(data)
print("".join(itos[i] for i in data.tolist()))
x, y = data[:-1], data[1:]
print(x[:4], y[:4])
onehot = torch.nn.functional.one_hot(data[:3], num_classes=len(chars))
print(onehot, onehot.dtype)
