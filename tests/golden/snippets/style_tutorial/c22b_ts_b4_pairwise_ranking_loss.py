import torch
import torch.nn.functional as F

pred = torch.tensor([0.2, 0.5, 0.1, 0.9], requires_grad=True)
actual = torch.tensor([0.1, 0.7, 0.3, 0.8])
i, j = torch.triu_indices(4, 4, offset=1)
sign = torch.sign(actual[i] - actual[j])
loss = F.margin_ranking_loss(pred[i], pred[j], sign, margin=0.1)
loss.backward()
print(f"{loss.item():.5f}", pred.grad)
