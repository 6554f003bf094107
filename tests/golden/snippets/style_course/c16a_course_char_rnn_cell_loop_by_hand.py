# A character RNN written with plain tensors, one tanh step per character, loss summed over time
import torch
import torch.nn.functional as F

text = "hello"
vocab = sorted(set(text))
stoi = {c: i for i, c in enumerate(vocab)}
V, H = len(vocab), 4
g = torch.Generator().manual_seed(3)
Wxh = (torch.randn(V, H, generator=g) * 0.1).requires_grad_()
Whh = (torch.randn(H, H, generator=g) * 0.1).requires_grad_()
Why = (torch.randn(H, V, generator=g) * 0.1).requires_grad_()
for epoch in range(4):
    h = torch.zeros(1, H)
    loss = 0
    for a, b in zip(text, text[1:]):
        x = F.one_hot(torch.tensor([stoi[a]]), V).float()
        h = torch.tanh(x @ Wxh + h @ Whh)
        loss = loss + F.cross_entropy(h @ Why, torch.tensor([stoi[b]]))
    for p in (Wxh, Whh, Why):
        p.grad = None
    loss.backward()
    for p in (Wxh, Whh, Why):
        p.data -= 0.5 * p.grad
    print(epoch, loss.item() / (len(text) - 1))
print(Whh.grad)
