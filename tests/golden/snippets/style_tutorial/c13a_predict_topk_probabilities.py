# A predict() helper: eval mode, inference_mode, softmax probabilities, top-3 classes with their names.
import torch
import torch.nn as nn

classes = ["cat", "dog", "bird", "fish", "frog"]
torch.manual_seed(19)
model = nn.Sequential(nn.Linear(6, 12), nn.ReLU(), nn.Dropout(0.2), nn.Linear(12, len(classes)))


@torch.inference_mode()
def predict(model, x, k=3):
    model.eval()
    probs = torch.softmax(model(x), dim=-1)
    top_p, top_i = probs.topk(k, dim=-1)
    return probs, top_p, top_i


x = torch.randn(2, 6)
probs, top_p, top_i = predict(model, x)
print(probs.sum(dim=-1))
for row_p, row_i in zip(top_p, top_i):
    print([(classes[i], f"{p:.3f}") for p, i in zip(row_p.tolist(), row_i.tolist())])
print(top_i.dtype, top_p.requires_grad, probs.is_inference())
single = predict(model, x[0])[2]
print(single, single.shape)
print(model.training)
