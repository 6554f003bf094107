# makemore part 3: the loss at initialisation should be -log(1/27); shrinking the output layer gets us there.
import torch
import torch.nn.functional as F

print(-torch.tensor(1 / 27.0).log())
logits = torch.tensor([0.0, 0.0, 0.0, 0.0])
probs = torch.softmax(logits, dim=0)
print(probs, -probs[2].log())
logits = torch.tensor([0.0, 0.0, 5.0, 0.0])
print(F.softmax(logits, 0), -F.softmax(logits, 0)[2].log())
logits = torch.randn(4) * 10
print(logits, -torch.softmax(logits, 0)[2].log())
g = torch.Generator().manual_seed(2147483647)
X = torch.randn(32, 200, generator=g)
Y = torch.randint(0, 27, (32,), generator=g)
for scale, bias_scale in [(1.0, 1.0), (0.1, 0.0), (0.01, 0.0), (0.0, 0.0)]:
    W2 = torch.randn(200, 27, generator=g) * scale
    b2 = torch.randn(27, generator=g) * bias_scale
    logits = torch.tanh(X) @ W2 + b2
    print(f"scale {scale:5.2f}: loss {F.cross_entropy(logits, Y).item():.4f}, logits std {logits.std().item():.4f}")
