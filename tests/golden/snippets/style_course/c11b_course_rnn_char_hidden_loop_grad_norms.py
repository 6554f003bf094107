# A char RNN cell by hand over a short sequence; loss at every step and gradient norms through time.
import torch

torch.manual_seed(0)
text = "hello world"
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
V, H = len(chars), 8
Wxh = (torch.randn(V, H) * 0.1).requires_grad_()
Whh = (torch.randn(H, H) * 0.1).requires_grad_()
Why = (torch.randn(H, V) * 0.1).requires_grad_()
bh = torch.zeros(H, requires_grad=True)
by = torch.zeros(V, requires_grad=True)
inputs = torch.tensor([stoi[c] for c in text[:-1]])
targets = torch.tensor([stoi[c] for c in text[1:]])
for epoch in range(3):
    h = torch.zeros(1, H)
    hs = []
    loss = 0.0
    for t in range(len(inputs)):
        x = torch.nn.functional.one_hot(inputs[t], V).float().unsqueeze(0)
        h = torch.tanh(x @ Wxh + h @ Whh + bh)
        h.retain_grad()
        hs.append(h)
        loss = loss + torch.nn.functional.cross_entropy(h @ Why + by, targets[t:t + 1])
    loss = loss / len(inputs)
    for p in (Wxh, Whh, Why, bh, by):
        p.grad = None
    loss.backward()
    print(epoch, round(loss.item(), 5), [round(hh.grad.norm().item(), 5) for hh in hs[::3]])
    with torch.no_grad():
        for p in (Wxh, Whh, Why, bh, by):
            p.grad.clamp_(-5, 5)
            p -= 1.0 * p.grad
