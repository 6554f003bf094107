# Knowledge distillation: soft targets with a temperature, KL divergence plus cross-entropy, cosine loss.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
teacher = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 3))
student = nn.Sequential(nn.Linear(6, 4), nn.ReLU(), nn.Linear(4, 3))
x, labels = torch.randn(8, 6), torch.randint(0, 3, (8,))
T = 2
soft_target_loss_weight, ce_loss_weight = 0.25, 0.75
optimizer = torch.optim.Adam(student.parameters(), lr=0.01)
ce_loss = nn.CrossEntropyLoss()
teacher.eval()
student.train()
for epoch in range(3):
    optimizer.zero_grad()
    with torch.no_grad():
        teacher_logits = teacher(x)
    student_logits = student(x)
    soft_targets = nn.functional.softmax(teacher_logits / T, dim=-1)
    soft_prob = nn.functional.log_softmax(student_logits / T, dim=-1)
    soft_targets_loss = torch.sum(soft_targets * (soft_targets.log() - soft_prob)) / soft_prob.size()[0] * (T**2)
    label_loss = ce_loss(student_logits, labels)
    loss = soft_target_loss_weight * soft_targets_loss + ce_loss_weight * label_loss
    loss.backward()
    optimizer.step()
    print(f"Epoch {epoch + 1}, Loss: {loss.item()}")
kl = nn.KLDivLoss(reduction="batchmean")
print(kl(soft_prob, soft_targets) * T**2, soft_targets_loss)
cos = nn.CosineEmbeddingLoss()
print(cos(student_logits, teacher_logits, torch.ones(8)))
print(F.kl_div(soft_prob, soft_targets, reduction="sum"))
