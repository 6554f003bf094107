# Grader prints the max error for each student answer against the key
import torch

key = {"q1": torch.tensor([0.333333, 0.666667]), "q2": torch.tensor(2.718282), "q3": torch.eye(2)}
answers = {"q1": torch.tensor([1.0, 2.0]) / 3, "q2": torch.exp(torch.tensor(1.0)), "q3": torch.ones(2, 2)}
for q in sorted(key):
    err = (answers[q] - key[q]).abs().max().item()
    verdict = "PASS" if torch.allclose(answers[q], key[q], atol=1e-5) else "FAIL"
    print(f"{q}: max error {err:.3e} -> {verdict}")
