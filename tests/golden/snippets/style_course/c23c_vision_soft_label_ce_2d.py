# Cross-entropy on segmentation logits with soft (probability) targets of the same shape.
import torch
import torch.nn.functional as F

logits = torch.tensor([[[[2.0, 0.0]], [[0.0, 1.0]]]], requires_grad=True)
soft = torch.tensor([[[[0.9, 0.2]], [[0.1, 0.8]]]])
loss = F.cross_entropy(logits, soft)
print(loss)
loss.backward()
print(logits.grad)
hard = soft.argmax(1)
print(hard, F.cross_entropy(logits, hard))
print(F.cross_entropy(logits, soft, reduction="none"))
