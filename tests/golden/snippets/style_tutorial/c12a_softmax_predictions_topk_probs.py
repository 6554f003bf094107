# Turning logits into predictions: softmax probabilities, top-k classes and confidence printing.
import torch
import torch.nn.functional as F

classes = ["cat", "dog", "bird", "fish"]
logits = torch.tensor([[2.0, 1.0, 0.1, -1.0], [0.5, 0.5, 3.0, 0.0], [1.0, 1.0, 1.0, 1.0]])
probs = F.softmax(logits, dim=1)
print(probs)
print(probs.sum(dim=1))
conf, pred = probs.max(dim=1)
for c, p in zip(conf, pred):
    print(f"{classes[p]}: {c.item() * 100:.2f}%")
top2 = probs.topk(2, dim=1)
print(top2)
print(top2.indices.tolist(), [[classes[i] for i in row] for row in top2.indices.tolist()])
print(F.log_softmax(logits, dim=1))
print(torch.exp(F.log_softmax(logits, 1)).allclose(probs))
print(logits.argmax(dim=1, keepdim=True), logits.argmax())
print(F.softmax(logits / 0.5, dim=1)[0], F.softmax(logits / 5.0, dim=1)[0])
