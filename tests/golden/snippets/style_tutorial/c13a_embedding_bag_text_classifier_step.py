# Text classification on synthetic tokens with EmbeddingBag(mode="mean") and offsets, one epoch of SGD.
import torch
import torch.nn as nn

torch.manual_seed(39)
vocab, dim, classes = 20, 5, 3
texts = [torch.tensor([1, 4, 7]), torch.tensor([2, 2]), torch.tensor([9, 3, 3, 15]), torch.tensor([19])]
labels = torch.tensor([0, 1, 2, 1])
tokens = torch.cat(texts)
offsets = torch.tensor([0] + [len(t) for t in texts[:-1]]).cumsum(dim=0)
print(tokens, offsets)
model = nn.Sequential()
bag = nn.EmbeddingBag(vocab, dim, mode="mean")
fc = nn.Linear(dim, classes)
opt = torch.optim.SGD(list(bag.parameters()) + list(fc.parameters()), lr=4.0)
for epoch in range(3):
    opt.zero_grad()
    logits = fc(bag(tokens, offsets))
    loss = nn.functional.cross_entropy(logits, labels)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(bag.parameters(), 0.1)
    opt.step()
    print(epoch, f"{loss.item():.6f}", (logits.argmax(1) == labels).sum().item())
print(bag.weight.grad[[0, 1, 2]].abs().sum(dim=1))
print(torch.allclose(bag(texts[0].unsqueeze(0)), bag.weight[texts[0]].mean(0, keepdim=True)))
