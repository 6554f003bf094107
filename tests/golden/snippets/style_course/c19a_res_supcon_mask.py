# supervised contrastive positives mask from labels
import torch
labels = torch.tensor([0, 1, 0, 2, 1])
mask = torch.eq(labels.unsqueeze(0), labels.unsqueeze(1)).float()
logits_mask = torch.ones_like(mask) - torch.eye(5)
mask = mask * logits_mask
print(mask)
torch.manual_seed(48)
sim = torch.randn(5, 5) * logits_mask
log_prob = sim - torch.log((torch.exp(sim) * logits_mask).sum(1, keepdim=True))
mean_log_prob_pos = (mask * log_prob).sum(1) / mask.sum(1).clamp(min=1)
print(mean_log_prob_pos)
