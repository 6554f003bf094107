import torch
import torch.nn as nn

# Q34. With label smoothing 0.1 and 4 classes, what is d loss / d logits for one example?
scores = torch.tensor([[1.0, -0.5, 0.3, 2.2]], requires_grad=True)
label = torch.tensor([3])
crit = nn.CrossEntropyLoss(label_smoothing=0.1)
out = crit(scores, label)
out.backward()
soft = torch.full((1, 4), 0.1 / 4)
soft[0, 3] += 0.9
print("loss:", round(out.item(), 6))
print("autograd:", scores.grad)
print("p - q   :", (scores.detach().softmax(1) - soft))
print("same:", torch.allclose(scores.grad, scores.detach().softmax(1) - soft))
