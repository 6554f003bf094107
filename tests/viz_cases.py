"""The scenarios behind the golden texts of ``:graph`` and ``:backward`` (tests/data/viz/).

``cases(torch)`` builds each scenario with the given torch module (the embedded engine under
pytest, real PyTorch when ``tests/test_viz.py`` runs as a script in the torch venv) and
returns the rendered texts by golden file name.
"""
from __future__ import annotations

from typing import Any

from autograd_tui.viz.backward_walk import render_walk, walk
from autograd_tui.viz.graph import render_graph


def cases(torch: Any) -> dict[str, str]:
    out: dict[str, str] = {}

    # The article's example: z = 6x² − 2y³.
    x = torch.tensor([1., 2.], requires_grad=True)
    y = torch.tensor([2., 4.], requires_grad=True)
    z = 6*x**2 - 2*y**3
    ns = {"torch": torch, "x": x, "y": y, "z": z}
    out["article_graph.txt"] = render_graph(z, ns)
    out["article_backward_en.txt"] = render_walk(walk(z, namespace=ns), "en")
    out["article_backward_tr.txt"] = render_walk(walk(z, namespace=ns), "tr")
    out["article_backward_ascii.txt"] = render_walk(walk(z, namespace=ns), "en", ascii_only=True)
    # After a real backward: the graph shows .grad; a second walk explains the freed graph.
    z.backward(gradient=torch.tensor([1., 1.]))
    out["article_graph_after_backward.txt"] = render_graph(z, ns, ascii_only=True)
    out["article_backward_freed.txt"] = render_walk(walk(z, namespace=ns), "en")

    # A DAG: q is used twice, and x reaches the result along three paths.
    x = torch.tensor([1., 2.], requires_grad=True)
    q = x**2
    r = (3*q + q.exp() - x*x).sum()
    ns = {"torch": torch, "x": x, "q": q, "r": r}
    out["shared_graph.txt"] = render_graph(r, ns)
    out["shared_backward.txt"] = render_walk(walk(r, namespace=ns), "en")

    # A named weight that needs no gradient, a division, a function, a non-unit gradient.
    w = torch.tensor([0.5, -1.0])
    a = torch.tensor([0.5, 1.5], requires_grad=True)
    loss = (torch.sin(a) * w / 2).sum()
    ns = {"torch": torch, "w": w, "a": a, "loss": loss}
    out["mixed_graph.txt"] = render_graph(loss, ns)
    out["mixed_backward.txt"] = render_walk(walk(loss, namespace=ns), "en")
    v = a * 3
    out["vector_gradient_backward.txt"] = render_walk(
        walk(v, torch.tensor([1., 0.1]), {"a": a, "v": v}), "en")

    # A deep chain is summarised rather than drawn in full.
    c = x
    for _ in range(60):
        c = c * 1.5 - 1
    out["chain_graph_summary.txt"] = render_graph(c, {"x": x, "c": c}, max_nodes=12)
    return out
